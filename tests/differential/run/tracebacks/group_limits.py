import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

# max_group_width is 15: the 16th member and beyond are summarised
hook(ExceptionGroup('wide', [ValueError(i) for i in range(20)]))
hook(ExceptionGroup('exactly15', [ValueError(i) for i in range(15)]))
hook(ExceptionGroup('sixteen', [ValueError(i) for i in range(16)]))
hook(ExceptionGroup('seventeen', [ValueError(i) for i in range(17)]))

# max_group_depth is 10
def deep(n):
    exc = TypeError('leaf')
    for i in range(n):
        exc = ExceptionGroup('level %d' % i, [exc])
    return exc
hook(deep(9))
hook(deep(12))

# a nested group as last member closes once
hook(ExceptionGroup('a', [ValueError(1), ExceptionGroup('b', [ValueError(2), ExceptionGroup('c', [ValueError(3)])])]))
# a nested group as first member
hook(ExceptionGroup('first nested', [ExceptionGroup('n', [KeyError(1)]), KeyError(2)]))
print('done')
