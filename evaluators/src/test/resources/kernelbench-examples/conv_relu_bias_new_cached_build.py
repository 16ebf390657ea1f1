import torch
import torch.nn as nn
from torch.utils.cpp_extension import load_inline

_compiled = {}

def _build(name):
    return load_inline(name=name, cpp_sources="", cuda_sources="__global__ void k() {}", functions=["f"])

def kernel_for(dtype):
    key = str(dtype)
    if key not in _compiled:
        _compiled[key] = _build("relu_bias_" + key)
    return _compiled[key]

class ModelNew(nn.Module):
    def __init__(self, in_channels, out_channels, kernel_size, bias_shape):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size)
        self.bias = nn.Parameter(torch.randn(bias_shape))
        self._ext = None

    def forward(self, x):
        if self._ext is None:
            self._ext = load_inline(name="relu_bias2", cpp_sources="", cuda_sources="__global__ void k() {}", functions=["f"])
        x = self.conv(x)
        return kernel_for(x.dtype).f(x, self.bias)
