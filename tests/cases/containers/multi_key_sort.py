students = [("ann", "B", 88), ("bob", "A", 92), ("cid", "B", 95), ("dee", "A", 92), ("eve", "C", 70), ("fay", "B", 88)]
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
print(sorted(students, key=lambda s: (-s[2], s[0])))
tmp = sorted(students, key=lambda s: s[0], reverse=True)
print(sorted(tmp, key=lambda s: s[2]))
grades = {}
for name, grade, score in students:
    grades.setdefault(grade, []).append(score)
print({g: (min(v), max(v), sum(v) / len(v)) for g, v in sorted(grades.items())})
