import torch
import torch.nn as nn
from torch.utils.cpp_extension import load_inline

# Pure CUDA (no torch headers): perfagent compile-checks it with nvcc on machines without a GPU.
kernel_source = r"""
#include <cuda_runtime.h>

#define TILE 32
#define WORK 4  // outputs per thread along y: a 32x8 block computes a 32x32 tile

// Shared-memory tiling: each A and B element is read from global memory M/32 (N/32) times instead of N (M)
// times, and no product is ever stored. Not cuBLAS-class (no tensor cores, no double buffering).
__global__ void matmul_tiled_kernel(const float* __restrict__ a, const float* __restrict__ b, float* __restrict__ c,
                                    int M, int K, int N) {
    __shared__ float as[TILE][TILE];
    __shared__ float bs[TILE][TILE + 1];
    int tx = threadIdx.x, ty = threadIdx.y;
    int col = blockIdx.x * TILE + tx;
    int row0 = blockIdx.y * TILE + ty * WORK;
    float acc[WORK] = {0.0f, 0.0f, 0.0f, 0.0f};
    for (int k0 = 0; k0 < K; k0 += TILE) {
        #pragma unroll
        for (int w = 0; w < WORK; w++) {
            int r = row0 + w;
            as[ty * WORK + w][tx] = (r < M && k0 + tx < K) ? a[(long)r * K + k0 + tx] : 0.0f;
            bs[ty * WORK + w][tx] = (k0 + ty * WORK + w < K && col < N) ? b[(long)(k0 + ty * WORK + w) * N + col] : 0.0f;
        }
        __syncthreads();
        #pragma unroll
        for (int k = 0; k < TILE; k++) {
            float bv = bs[k][tx];
            #pragma unroll
            for (int w = 0; w < WORK; w++) acc[w] = fmaf(as[ty * WORK + w][k], bv, acc[w]);
        }
        __syncthreads();
    }
    #pragma unroll
    for (int w = 0; w < WORK; w++) {
        int r = row0 + w;
        if (r < M && col < N) c[(long)r * N + col] = acc[w];
    }
}

void launch_matmul(const float* a, const float* b, float* c, int M, int K, int N, cudaStream_t stream) {
    dim3 block(TILE, TILE / WORK);
    dim3 grid((N + TILE - 1) / TILE, (M + TILE - 1) / TILE);
    matmul_tiled_kernel<<<grid, block, 0, stream>>>(a, b, c, M, K, N);
}
"""

binding_source = r"""
#include <torch/extension.h>
#include <ATen/cuda/CUDAContext.h>

void launch_matmul(const float* a, const float* b, float* c, int M, int K, int N, cudaStream_t stream);

torch::Tensor matmul_tiled(torch::Tensor a, torch::Tensor b) {
    TORCH_CHECK(a.is_cuda() && b.is_cuda() && a.scalar_type() == torch::kFloat32 && b.scalar_type() == torch::kFloat32,
                "fp32 CUDA inputs");
    auto ac = a.contiguous();
    auto bc = b.contiguous();
    auto c = torch::empty({ac.size(0), bc.size(1)}, ac.options());
    launch_matmul(ac.data_ptr<float>(), bc.data_ptr<float>(), c.data_ptr<float>(), (int)ac.size(0), (int)ac.size(1),
                  (int)bc.size(1), at::cuda::getCurrentCUDAStream());
    return c;
}
"""

ext = load_inline(
    name="perfagent_matmul_tiled",
    cpp_sources="torch::Tensor matmul_tiled(torch::Tensor a, torch::Tensor b);",
    cuda_sources=[kernel_source, binding_source],
    functions=["matmul_tiled"],
    extra_cuda_cflags=["-O3"],
    verbose=False,
)


class ModelNew(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, a, b):
        return ext.matmul_tiled(a, b)
