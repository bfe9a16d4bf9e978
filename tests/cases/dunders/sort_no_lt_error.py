class Job:
    def __init__(self, n):
        self.n = n


jobs = [Job(3), Job(1)]
print(sorted(jobs, key=lambda j: j.n)[0].n)
print(sorted([Job(1)])[0].n)
sorted(jobs)
