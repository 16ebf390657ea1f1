// One 256-thread block per row: coalesced float4 loads, warp shuffles, then shared memory.
#include <cuda_runtime.h>
#include <math.h>

__global__ void row_norms_coalesced(const float* __restrict__ x, float* __restrict__ y, int cols) {
    const float4* row = reinterpret_cast<const float4*>(x + (long)blockIdx.x * cols);
    int cols4 = cols / 4;
    float acc = 0.0f;
    for (int c = threadIdx.x; c < cols4; c += blockDim.x) {
        float4 v = row[c];
        acc = fmaf(v.x, v.x, fmaf(v.y, v.y, fmaf(v.z, v.z, fmaf(v.w, v.w, acc))));
    }
    for (int c = cols4 * 4 + threadIdx.x; c < cols; c += blockDim.x) acc = fmaf(x[(long)blockIdx.x * cols + c], x[(long)blockIdx.x * cols + c], acc);
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

void row_norms(const float* x, float* y, int rows, int cols, cudaStream_t stream) {
    row_norms_coalesced<<<rows, 256, 0, stream>>>(x, y, cols);
}
