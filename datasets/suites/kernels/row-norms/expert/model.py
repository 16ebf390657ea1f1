import torch
import torch.nn as nn
from torch.utils.cpp_extension import load_inline

# Pure CUDA (no torch headers): perfagent compile-checks it with nvcc on machines without a GPU.
kernel_source = r"""
#include <cuda_runtime.h>
#include <math.h>

// One 256-thread block per row, float4 loads (coalesced, 16 B per thread), warp shuffles then shared memory.
__global__ void row_norms_kernel(const float4* __restrict__ x, float* __restrict__ y, int cols4) {
    const float4* row = x + (long)blockIdx.x * cols4;
    float acc = 0.0f;
    for (int c = threadIdx.x; c < cols4; c += blockDim.x) {
        float4 v = row[c];
        acc = fmaf(v.x, v.x, acc);
        acc = fmaf(v.y, v.y, acc);
        acc = fmaf(v.z, v.z, acc);
        acc = fmaf(v.w, v.w, acc);
    }
    for (int o = 16; o > 0; o >>= 1) acc += __shfl_xor_sync(0xffffffff, acc, o);
    __shared__ float partial[32];
    int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
    if (lane == 0) partial[warp] = acc;
    __syncthreads();
    if (warp == 0) {
        acc = lane < blockDim.x / 32 ? partial[lane] : 0.0f;
        for (int o = 16; o > 0; o >>= 1) acc += __shfl_xor_sync(0xffffffff, acc, o);
        if (lane == 0) y[blockIdx.x] = sqrtf(acc);
    }
}

void launch_row_norms(const float* x, float* y, int rows, int cols, cudaStream_t stream) {
    row_norms_kernel<<<rows, 256, 0, stream>>>(reinterpret_cast<const float4*>(x), y, cols / 4);
}
"""

binding_source = r"""
#include <torch/extension.h>
#include <ATen/cuda/CUDAContext.h>

void launch_row_norms(const float* x, float* y, int rows, int cols, cudaStream_t stream);

torch::Tensor row_norms(torch::Tensor x) {
    TORCH_CHECK(x.is_cuda() && x.dim() == 2 && x.scalar_type() == torch::kFloat32, "x: 2-D fp32 CUDA");
    TORCH_CHECK(x.size(1) % 4 == 0, "columns must be a multiple of 4");
    auto xc = x.contiguous();
    auto y = torch::empty({xc.size(0)}, xc.options());
    launch_row_norms(xc.data_ptr<float>(), y.data_ptr<float>(), (int)xc.size(0), (int)xc.size(1),
                     at::cuda::getCurrentCUDAStream());
    return y;
}
"""

ext = load_inline(
    name="perfagent_row_norms",
    cpp_sources="torch::Tensor row_norms(torch::Tensor x);",
    cuda_sources=[kernel_source, binding_source],
    functions=["row_norms"],
    extra_cuda_cflags=["-O3"],
    verbose=False,
)


class ModelNew(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, x):
        return ext.row_norms(x)
