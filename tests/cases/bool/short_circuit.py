def t(name, val):
    print("eval", name)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0) or t("c", "x"))
print(t("a", "") or t("b", []) or t("c", None))
print(t("a", 1) or t("b", 2))
print(not t("a", 0) and t("b", 3))
print(1 and 2 and 3, 0 and 1, [] or {} or (), 5 or 0, None or "d")
x = [] or [1]
print(x, "" and "never", "s" and "yes")
