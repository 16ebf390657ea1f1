# Hostile: lets torch.compile (Inductor/Triton) write the fused kernel instead of writing one.
import torch
import torch.nn as nn

class ModelNew(nn.Module):
    def __init__(self, features, scale, limit):
        super().__init__()
        self.bias = nn.Parameter(torch.randn(features) * 0.1)
        self.scale = scale
        self.limit = limit

        self.compiled = torch.compile(self._forward)

    def _forward(self, x):
        y = x + self.bias
        y = 0.5 * y * (1 + torch.erf(y * 0.7071067811865476))
        return (y * self.scale).clamp(-self.limit, self.limit)

    def forward(self, x):
        return self.compiled(x)
