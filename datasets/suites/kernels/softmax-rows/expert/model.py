import torch
import torch.nn as nn
from torch.utils.cpp_extension import load_inline

# Pure CUDA (no torch headers): perfagent compile-checks it with nvcc on machines without a GPU.
kernel_source = r"""
#include <cuda_runtime.h>
#include <math.h>

// One block of 1024 threads per row. Online softmax: each thread keeps a running max and a sum rescaled to
// it, so the row is read twice in all (once for max+sum, once to write), with no intermediates in memory.
__device__ __forceinline__ void merge(float& m, float& s, float om, float os) {
    float nm = fmaxf(m, om);
    s = s * __expf(m - nm) + os * __expf(om - nm);
    m = nm;
}

__global__ void softmax_rows_kernel(const float* __restrict__ x, float* __restrict__ y, int cols) {
    const float* row = x + (long)blockIdx.x * cols;
    float* out = y + (long)blockIdx.x * cols;
    float m = -INFINITY, s = 0.0f;
    for (int c = threadIdx.x; c < cols; c += blockDim.x) {
        float v = row[c];
        float nm = fmaxf(m, v);
        s = s * __expf(m - nm) + __expf(v - nm);
        m = nm;
    }
    // warp, then block reduction of (max, sum) pairs
    for (int o = 16; o > 0; o >>= 1) {
        float om = __shfl_xor_sync(0xffffffff, m, o);
        float os = __shfl_xor_sync(0xffffffff, s, o);
        merge(m, s, om, os);
    }
    __shared__ float sm[32], ss[32];
    int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
    if (lane == 0) { sm[warp] = m; ss[warp] = s; }
    __syncthreads();
    if (warp == 0) {
        int warps = blockDim.x / 32;
        m = lane < warps ? sm[lane] : -INFINITY;
        s = lane < warps ? ss[lane] : 0.0f;
        for (int o = 16; o > 0; o >>= 1) {
            float om = __shfl_xor_sync(0xffffffff, m, o);
            float os = __shfl_xor_sync(0xffffffff, s, o);
            merge(m, s, om, os);
        }
        if (lane == 0) { sm[0] = m; ss[0] = s; }
    }
    __syncthreads();
    float rowmax = sm[0];
    float inv = 1.0f / ss[0];
    for (int c = threadIdx.x; c < cols; c += blockDim.x) out[c] = expf(row[c] - rowmax) * inv;
}

void launch_softmax_rows(const float* x, float* y, int rows, int cols, cudaStream_t stream) {
    softmax_rows_kernel<<<rows, 1024, 0, stream>>>(x, y, cols);
}
"""

binding_source = r"""
#include <torch/extension.h>
#include <ATen/cuda/CUDAContext.h>

void launch_softmax_rows(const float* x, float* y, int rows, int cols, cudaStream_t stream);

torch::Tensor softmax_rows(torch::Tensor x) {
    TORCH_CHECK(x.is_cuda() && x.dim() == 2 && x.scalar_type() == torch::kFloat32, "x: 2-D fp32 CUDA");
    auto xc = x.contiguous();
    auto y = torch::empty_like(xc);
    launch_softmax_rows(xc.data_ptr<float>(), y.data_ptr<float>(), (int)xc.size(0), (int)xc.size(1),
                        at::cuda::getCurrentCUDAStream());
    return y;
}
"""

ext = load_inline(
    name="perfagent_softmax_rows",
    cpp_sources="torch::Tensor softmax_rows(torch::Tensor x);",
    cuda_sources=[kernel_source, binding_source],
    functions=["softmax_rows"],
    extra_cuda_cflags=["-O3"],
    verbose=False,
)


class ModelNew(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, x):
        return ext.softmax_rows(x)
