count = globals().get("count", 0) + 1
print("ipkg.plain: executed", count)
