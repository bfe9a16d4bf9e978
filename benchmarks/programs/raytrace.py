# Ray tracer: a small scene of spheres over a checkered plane, two point
# lights, Lambert + Phong shading, hard shadows and mirror reflections.
# Allocation-heavy: every vector operation builds a new Vector through
# __add__/__sub__/__mul__, so the work is object creation, method calls and
# attribute access on short-lived objects.  Square roots are `** 0.5`.
# 2x2 samples per pixel.  The checksum is the sum of the rounded 0..255 RGB
# values of the image.

WIDTH = 80
HEIGHT = 60
SAMPLES = 2  # SAMPLES x SAMPLES rays per pixel, averaged (anti-aliasing)
MAX_DEPTH = 3
EPSILON = 0.0001
INF = 1e30


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalize(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def blend(self, other):
        return Color(self.r * other.r, self.g * other.g, self.b * other.b)


BLACK = Color(0.0, 0.0, 0.0)
BACKGROUND = Color(0.15, 0.2, 0.35)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class CheckerMaterial(Material):
    def __init__(self, color, other, diffuse, specular, shininess, reflect):
        Material.__init__(self, color, diffuse, specular, shininess, reflect)
        self.other = other

    def color_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return INF
        sq = disc ** 0.5
        t = -b - sq
        if t > EPSILON:
            return t
        t = -b + sq
        if t > EPSILON:
            return t
        return INF

    def normal_at(self, point):
        return (point - self.center).normalize()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalize()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if -EPSILON < denom < EPSILON:
            return INF
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return INF

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Camera:
    def __init__(self, eye, look_at, up, fov_scale, width, height):
        self.eye = eye
        self.forward = (look_at - eye).normalize()
        self.right = self.forward.cross(up).normalize() * fov_scale
        self.up = self.right.cross(self.forward).normalize() * (fov_scale * height / width)
        self.width = width
        self.height = height

    def ray_for(self, fx, fy):
        # fx, fy: image-plane position in pixels (fractional for sub-samples)
        sx = fx / self.width * 2.0 - 1.0
        sy = 1.0 - fy / self.height * 2.0
        d = self.forward + self.right * sx + self.up * sy
        return Ray(self.eye, d.normalize())


class Scene:
    def __init__(self, objects, lights, camera):
        self.objects = objects
        self.lights = lights
        self.camera = camera

    def closest(self, ray):
        best_t = INF
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, dist):
        ray = Ray(point, to_light)
        for obj in self.objects:
            if obj.intersect(ray) < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.closest(ray)
        if obj is None:
            return BACKGROUND
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = obj.material
        base = mat.color_at(point)
        result = base * 0.1
        for light in self.lights:
            to_light = light.position - point
            dist = to_light.length()
            to_light = to_light * (1.0 / dist)
            if self.shadowed(point, to_light, dist):
                continue
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                result = result + base.blend(light.color) * (lambert * mat.diffuse)
            half = (to_light - ray.direction).normalize()
            spec = normal.dot(half)
            if spec > 0.0:
                result = result + light.color * (mat.specular * spec ** mat.shininess)
        if mat.reflect > 0.0 and depth < MAX_DEPTH:
            rdir = ray.direction.reflect(normal)
            reflected = self.trace(Ray(point, rdir), depth + 1)
            result = result + reflected * mat.reflect
        return result


def make_scene():
    red = Material(Color(0.9, 0.2, 0.2), 0.8, 0.5, 20, 0.2)
    green = Material(Color(0.2, 0.8, 0.3), 0.7, 0.3, 10, 0.1)
    mirror = Material(Color(0.9, 0.9, 0.9), 0.3, 0.9, 50, 0.6)
    blue = Material(Color(0.2, 0.3, 0.9), 0.9, 0.2, 8, 0.0)
    floor = CheckerMaterial(Color(0.9, 0.9, 0.9), Color(0.1, 0.1, 0.1), 0.8, 0.1, 4, 0.25)
    objects = [
        Plane(Vector(0.0, -1.0, 0.0), Vector(0.0, 1.0, 0.0), floor),
        Sphere(Vector(0.0, 0.0, 6.0), 1.0, mirror),
        Sphere(Vector(-2.2, -0.2, 7.0), 0.8, red),
        Sphere(Vector(2.1, -0.4, 5.5), 0.6, green),
        Sphere(Vector(0.9, 1.4, 8.5), 0.9, blue),
        Sphere(Vector(-1.0, -0.7, 4.2), 0.3, red),
    ]
    lights = [
        Light(Vector(-4.0, 6.0, 1.0), Color(0.8, 0.8, 0.7)),
        Light(Vector(5.0, 4.0, 3.0), Color(0.4, 0.4, 0.6)),
    ]
    camera = Camera(Vector(0.0, 1.0, -1.0), Vector(0.0, 0.0, 6.0), Vector(0.0, 1.0, 0.0),
                    0.6, WIDTH, HEIGHT)
    return Scene(objects, lights, camera)


def to_byte(v):
    if v < 0.0:
        v = 0.0
    elif v > 1.0:
        v = 1.0
    return round(v * 255.0)


def run():
    scene = make_scene()
    cam = scene.camera
    offsets = [(k + 0.5) / SAMPLES for k in range(SAMPLES)]
    weight = 1.0 / (SAMPLES * SAMPLES)
    total = 0
    for py in range(HEIGHT):
        for px in range(WIDTH):
            c = BLACK
            for oy in offsets:
                for ox in offsets:
                    c = c + scene.trace(cam.ray_for(px + ox, py + oy), 0)
            c = c * weight
            total += to_byte(c.r) + to_byte(c.g) + to_byte(c.b)
    return total
