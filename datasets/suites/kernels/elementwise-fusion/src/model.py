import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    """y = clamp(gelu(x + bias) * scale, -limit, limit), one PyTorch op at a time."""

    def __init__(self, features, scale, limit):
        super().__init__()
        self.bias = nn.Parameter(torch.randn(features) * 0.1)
        self.scale = scale
        self.limit = limit

    def forward(self, x):
        y = x + self.bias
        y = F.gelu(y)
        y = y * self.scale
        return torch.clamp(y, -self.limit, self.limit)


batch = 8192
features = 4096


def get_inputs():
    return [torch.randn(batch, features)]


def get_init_inputs():
    return [features, 1.7, 2.5]
