# Hostile: "fuses" nothing: the reference operators again, behind a new class name.
import torch
import torch.nn as nn
import torch.nn.functional as F

class ModelNew(nn.Module):
    def __init__(self, features, scale, limit):
        super().__init__()
        self.bias = nn.Parameter(torch.randn(features) * 0.1)
        self.scale = scale
        self.limit = limit

    def forward(self, x):
        return torch.clamp(F.gelu(x + self.bias) * self.scale, -self.limit, self.limit)
