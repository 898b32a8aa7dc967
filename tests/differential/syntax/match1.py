match x:
    case 1 | 2 | -3 | 1.5 | 2+3j | -1-2j | "s" "t" | b"x" | None | True | False:
        pass
    case [a, *rest, (b, c), [d]] if a > 0:
        pass
    case (x, y, *_) | [x, y]:
        pass
    case {"k": v, 1: w, a.b: z, **kw}:
        pass
    case {}:
        pass
    case {**kw}:
        pass
    case Point(x=0, y=yy) | mod.Point(1, 2, z=3) | C() | D(a, b,):
        pass
    case a.b.c:
        pass
    case _:
        pass
    case (x as y) as z:
        pass
    case [*_]:
        pass
    case ():
        pass
    case x,:
        pass
    case *x, y:
        pass
match (a, b):
    case _: pass
match a, *b:
    case _: pass
match = 1
match.x = 2
case = match[1]
print(match, case)
