"""Ray tracer: spheres, a plane and two lights rendered to a small image (vector objects, float math, method calls)."""
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius, colour, reflect):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflect = reflect

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal_, colour, reflect):
        self.point = point
        self.n = normal_.normalized()
        self.colour = colour
        self.reflect = reflect

    def intersect(self, ray):
        d = self.n.dot(ray.direction)
        if abs(d) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.n) / d
        return t if t > 1e-6 else None

    def normal(self, point):
        return self.n


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0, 1, 5), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2, 0.7, 6), 0.7, Vec(0.2, 0.9, 0.2), 0.2),
            Sphere(Vec(2, 1.2, 7), 1.2, Vec(0.2, 0.3, 0.9), 0.5),
            Plane(Vec(0, 0, 0), Vec(0, 1, 0), Vec(0.8, 0.8, 0.8), 0.1),
        ]
        self.lights = [Vec(-5, 8, 0), Vec(6, 5, 2)]

    def nearest(self, ray):
        best, hit = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best is None or t < best):
                best, hit = t, obj
        return best, hit

    def trace(self, ray, depth):
        t, obj = self.nearest(ray)
        if obj is None:
            return Vec(0.1, 0.1, 0.15)
        point = ray.at(t)
        n = obj.normal(point)
        colour = obj.colour.scale(0.1)
        for light in self.lights:
            to_light = light - point
            distance = to_light.length()
            shadow_t, _ = self.nearest(Ray(point, to_light))
            if shadow_t is not None and shadow_t < distance:
                continue
            diffuse = max(0.0, n.dot(to_light.normalized()))
            colour = colour + obj.colour.scale(diffuse * 0.7)
        if depth < 3 and obj.reflect > 0:
            d = ray.direction
            reflected = d - n.scale(2 * d.dot(n))
            colour = colour.scale(1 - obj.reflect) + self.trace(Ray(point, reflected), depth + 1).scale(obj.reflect)
        return colour


def render(width, height):
    scene = Scene()
    eye = Vec(0, 1.5, -1)
    total = 0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2) / width * 2
            y = (height / 2 - j) / height * 2
            c = scene.trace(Ray(eye, Vec(x, y + 0.5, 1.5)), 0)
            total += int(min(c.x, 1.0) * 255) + int(min(c.y, 1.0) * 255) * 3 + int(min(c.z, 1.0) * 255) * 7
    return total


print(render(240, 180))
