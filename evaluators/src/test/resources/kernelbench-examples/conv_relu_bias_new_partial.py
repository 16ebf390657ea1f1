import torch
import torch.nn as nn
from torch.utils.cpp_extension import load_inline

source = """
#include <torch/extension.h>
__global__ void relu_bias_kernel(const float* x, const float* bias, float* out, int n, int hw, int c) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        float v = x[i];
        out[i] = (v > 0.f ? v : 0.f) + bias[(i / hw) % c];
    }
}
torch::Tensor relu_bias_cuda(torch::Tensor x, torch::Tensor bias) {
    auto out = torch::empty_like(x);
    int n = x.numel();
    int hw = x.size(2) * x.size(3);
    relu_bias_kernel<<<(n + 255) / 256, 256>>>(x.data_ptr<float>(), bias.data_ptr<float>(), out.data_ptr<float>(), n, hw, x.size(1));
    return out;
}
"""
relu_bias = load_inline(name="relu_bias", cpp_sources="torch::Tensor relu_bias_cuda(torch::Tensor x, torch::Tensor bias);",
                        cuda_sources=source, functions=["relu_bias_cuda"], verbose=False)

class ModelNew(nn.Module):
    def __init__(self, in_channels, out_channels, kernel_size, bias_shape):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size)
        self.bias = nn.Parameter(torch.randn(bias_shape))

    def forward(self, x):
        x = self.conv(x)
        return relu_bias.relu_bias_cuda(x.contiguous(), self.bias)
