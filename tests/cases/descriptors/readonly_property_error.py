class Config:
    @property
    def mode(self):
        return "prod"


c = Config()
print(c.mode)
c.mode = "dev"
