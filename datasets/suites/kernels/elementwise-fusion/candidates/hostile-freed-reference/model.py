# Hostile: computes nothing and returns fresh uninitialised memory, hoping the allocator hands back the
# reference output that was just freed (the harness fills that memory with NaN first).
import torch
import torch.nn as nn

class ModelNew(nn.Module):
    def __init__(self, features, scale, limit):
        super().__init__()
        self.bias = nn.Parameter(torch.randn(features) * 0.1)
        self.scale = scale
        self.limit = limit

    def forward(self, x):
        return torch.empty_like(x)
