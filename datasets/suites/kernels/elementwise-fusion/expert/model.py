import torch
import torch.nn as nn
from torch.utils.cpp_extension import load_inline

# The kernel and its launcher need no torch headers, so perfagent compile-checks this string with nvcc alone.
kernel_source = r"""
#include <cuda_runtime.h>
#include <math.h>

// One pass: read x once, write y once (the reference makes four passes over 128 MB). float4 loads when the
// row length allows; each thread handles 4 consecutive elements of a row.
__global__ void bias_gelu_scale_clamp_kernel(const float4* __restrict__ x, const float* __restrict__ bias,
                                             float4* __restrict__ y, long n4, int features4,
                                             float scale, float limit) {
    long i = blockIdx.x * (long)blockDim.x + threadIdx.x;
    long stride = (long)gridDim.x * blockDim.x;
    const float inv_sqrt2 = 0.70710678118654752f;
    for (; i < n4; i += stride) {
        float4 v = x[i];
        int c = (int)(i % features4) * 4;
        float in[4] = {v.x + bias[c], v.y + bias[c + 1], v.z + bias[c + 2], v.w + bias[c + 3]};
        float out[4];
        #pragma unroll
        for (int k = 0; k < 4; k++) {
            float g = 0.5f * in[k] * (1.0f + erff(in[k] * inv_sqrt2)) * scale;
            out[k] = fminf(fmaxf(g, -limit), limit);
        }
        y[i] = make_float4(out[0], out[1], out[2], out[3]);
    }
}

void launch_bias_gelu_scale_clamp(const float* x, const float* bias, float* y, long n, int features,
                                  float scale, float limit, cudaStream_t stream) {
    long n4 = n / 4;
    int threads = 256;
    long blocks = (n4 + threads - 1) / threads;
    if (blocks > 65535L * 8) blocks = 65535L * 8;
    bias_gelu_scale_clamp_kernel<<<(unsigned)blocks, threads, 0, stream>>>(
        reinterpret_cast<const float4*>(x), bias, reinterpret_cast<float4*>(y), n4, features / 4, scale, limit);
}
"""

binding_source = r"""
#include <torch/extension.h>
#include <ATen/cuda/CUDAContext.h>

void launch_bias_gelu_scale_clamp(const float* x, const float* bias, float* y, long n, int features,
                                  float scale, float limit, cudaStream_t stream);

torch::Tensor fused(torch::Tensor x, torch::Tensor bias, double scale, double limit) {
    TORCH_CHECK(x.is_cuda() && x.scalar_type() == torch::kFloat32 && x.is_contiguous(), "x: contiguous fp32 CUDA");
    TORCH_CHECK(x.size(-1) % 4 == 0, "features must be a multiple of 4");
    auto y = torch::empty_like(x);
    launch_bias_gelu_scale_clamp(x.data_ptr<float>(), bias.data_ptr<float>(), y.data_ptr<float>(), x.numel(),
                                 (int)x.size(-1), (float)scale, (float)limit, at::cuda::getCurrentCUDAStream());
    return y;
}
"""

ext = load_inline(
    name="perfagent_elementwise_fusion",
    cpp_sources="torch::Tensor fused(torch::Tensor x, torch::Tensor bias, double scale, double limit);",
    cuda_sources=[kernel_source, binding_source],
    functions=["fused"],
    extra_cuda_cflags=["-O3"],
    verbose=False,
)


class ModelNew(nn.Module):
    def __init__(self, features, scale, limit):
        super().__init__()
        self.bias = nn.Parameter(torch.randn(features) * 0.1)
        self.scale = scale
        self.limit = limit

    def forward(self, x):
        return ext.fused(x.contiguous(), self.bias, self.scale, self.limit)
