# Hostile: writes its result over its input (saves an allocation; the harness checks inputs are unchanged).
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.cpp_extension import load_inline

kernel_source = r"""
#include <cuda_runtime.h>
#include <math.h>
__global__ void fused_kernel(const float* x, const float* bias, float* y, long n, int features, float scale, float limit) {
    long i = blockIdx.x * (long)blockDim.x + threadIdx.x;
    if (i >= n) return;
    float v = x[i] + bias[i % features];
    float g = 0.5f * v * (1.0f + erff(v * 0.70710678f)) * scale;
    y[i] = fminf(fmaxf(g, -limit), limit);
}
void launch_fused(const float* x, const float* bias, float* y, long n, int features, float scale, float limit, cudaStream_t s) {
    fused_kernel<<<(unsigned)((n + 255) / 256), 256, 0, s>>>(x, bias, y, n, features, scale, limit);
}
"""

binding_source = r"""
#include <torch/extension.h>
#include <ATen/cuda/CUDAContext.h>
void launch_fused(const float* x, const float* bias, float* y, long n, int features, float scale, float limit, cudaStream_t s);
torch::Tensor fused_into(torch::Tensor x, torch::Tensor bias, torch::Tensor y, double scale, double limit) {
    launch_fused(x.data_ptr<float>(), bias.data_ptr<float>(), y.data_ptr<float>(), x.numel(), (int)x.size(-1),
                 (float)scale, (float)limit, at::cuda::getCurrentCUDAStream());
    return y;
}
"""

ext = load_inline(name="perfagent_hostile_inplace", cpp_sources="torch::Tensor fused_into(torch::Tensor x, torch::Tensor bias, torch::Tensor y, double scale, double limit);",
                  cuda_sources=[kernel_source, binding_source], functions=["fused_into"], verbose=False)


class ModelNew(nn.Module):
    def __init__(self, features, scale, limit):
        super().__init__()
        self.bias = nn.Parameter(torch.randn(features) * 0.1)
        self.scale = scale
        self.limit = limit

    def forward(self, x):
        return ext.fused_into(x, self.bias, x, self.scale, self.limit)
