def parse(text):
    return int(text)

def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except ValueError as e:
            raise RuntimeError('bad item ' + item) from e
    return out

print(load(['1', '2']))
data = {'key': [1, 2]}
try:
    data['key'][5]
except IndexError as e:
    print('IndexError', e)
load(['3', 'x'])
