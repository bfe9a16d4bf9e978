class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def norm(self):
        return self * (1.0 / self.length())

    def __repr__(self):
        return "Vec(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)


class Sphere:
    def __init__(self, center, radius, shade):
        self.center, self.radius, self.shade = center, radius, shade

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        sq = disc ** 0.5
        t = -b - sq
        if t < 1e-6:
            t = -b + sq
        return t if t > 1e-6 else None


class Scene:
    def __init__(self):
        self.objects = [Sphere(Vec(0, 0, 5), 1.5, 1.0), Sphere(Vec(2.0, 1.0, 6), 1.0, 0.6), Sphere(Vec(0, -101.5, 5), 100, 0.3)]
        self.light = Vec(-5, 5, -2)

    def trace(self, origin, direction):
        best, hit = None, None
        for obj in self.objects:
            t = obj.intersect(origin, direction)
            if t is not None and (best is None or t < best):
                best, hit = t, obj
        if hit is None:
            return 0.0
        point = origin + direction * best
        normal = (point - hit.center).norm()
        to_light = (self.light - point).norm()
        for obj in self.objects:
            if obj is not hit and obj.intersect(point, to_light) is not None:
                return 0.05 * hit.shade
        return max(0.0, normal.dot(to_light)) * hit.shade + 0.05


scene = Scene()
W, H = 40, 16
ramp = " .:-=+*#%@"
eye = Vec(0, 0, 0)
total = 0.0
for j in range(H):
    row = []
    for i in range(W):
        d = Vec((i - W / 2) / W * 2, (H / 2 - j) / H * 1.6, 1.5).norm()
        v = scene.trace(eye, d)
        total += v
        row.append(ramp[min(len(ramp) - 1, int(v * (len(ramp) - 1) + 0.5))])
    print("".join(row).rstrip())
print("mean brightness %.4f" % (total / (W * H)))
print(Vec(1, 2, 2).norm(), round(Vec(3, 4, 0).length(), 3), Vec(1, 0, 0).dot(Vec(0, 1, 0)))
