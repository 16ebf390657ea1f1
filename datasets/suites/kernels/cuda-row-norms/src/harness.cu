// perfagent's harness for a plain CUDA C++ kernel task (protocol perfagent-kernel/1, as kernel_harness.py):
// reads a nonce from stdin, checks row_norms() from kernel.cu against a double-precision CPU reference over
// --trials fresh random matrices (output poisoned with NaN before each call, input checked unmodified after),
// then times --timed calls with CUDA events after --warmups, a 256 MB buffer written before each call to flush
// L2, the device synchronized (all streams) before the end event. Prints one line:
//   PERFAGENT-KERNEL-RESULT <nonce> {"status": ..., "trials": [...], "timing": {"candidate_ms": [...]}}
#include <cuda_runtime.h>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

void row_norms(const float* x, float* y, int rows, int cols, cudaStream_t stream);

static const int ROWS = 16384;
static const int COLS = 4096;

static std::string json_escape(const std::string& s) {
    std::string o;
    for (char c : s) {
        if (c == '"' || c == '\\') { o += '\\'; o += c; }
        else if (c == '\n') o += "\\n";
        else if ((unsigned char)c >= 0x20) o += c;
    }
    return o;
}

static std::string nonce;

static int report(const std::string& status, const std::string& trials, const std::string& timing, const std::string& message) {
    std::string device = "none";
    cudaDeviceProp prop;
    if (cudaGetDeviceProperties(&prop, 0) == cudaSuccess) device = prop.name;
    std::printf("PERFAGENT-KERNEL-RESULT %s {\"protocol\": \"perfagent-kernel/1\", \"status\": \"%s\", \"mode\": \"all\", "
                "\"device\": \"%s\", \"trials\": [%s]%s, \"message\": \"%s\"}\n",
                nonce.c_str(), status.c_str(), json_escape(device).c_str(), trials.c_str(), timing.c_str(), json_escape(message).c_str());
    std::fflush(stdout);
    return 0;
}

#define CHECK(call) do { cudaError_t e = (call); if (e != cudaSuccess) return report(e == cudaErrorNoDevice || e == cudaErrorInsufficientDriver ? "no_gpu" : "error", "", "", std::string(#call) + ": " + cudaGetErrorString(e)); } while (0)

static unsigned long long rng_state;
static float next_uniform() {  // xorshift64*, uniform in [-1, 1)
    rng_state ^= rng_state >> 12; rng_state ^= rng_state << 25; rng_state ^= rng_state >> 27;
    return (float)((rng_state * 2685821657736338717ULL) >> 40) / (float)(1 << 24) * 2.0f - 1.0f;
}

int main(int argc, char** argv) {
    int trials = 5, timed = 20, warmups = 3;
    double tolerance = 1e-4;
    unsigned long long seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string k = argv[i];
        if (k == "--trials") trials = std::atoi(argv[i + 1]);
        else if (k == "--timed") timed = std::atoi(argv[i + 1]);
        else if (k == "--warmups") warmups = std::atoi(argv[i + 1]);
        else if (k == "--tolerance") tolerance = std::atof(argv[i + 1]);
        else if (k == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
    }
    std::getline(std::cin, nonce);
    if (nonce.empty()) nonce = "-";
    size_t n = (size_t)ROWS * COLS;
    std::vector<float> hx(n), hy(ROWS), hx_after(n);
    float *dx, *dy;
    char* flush;
    const size_t flush_bytes = 256u << 20;
    CHECK(cudaMalloc(&dx, n * sizeof(float)));
    CHECK(cudaMalloc(&dy, ROWS * sizeof(float)));
    CHECK(cudaMalloc(&flush, flush_bytes));
    std::string trial_json;
    bool ok = true;
    for (int t = 0; t < trials && ok; t++) {
        rng_state = seed * 1000003ULL + t + 1;
        for (size_t i = 0; i < n; i++) hx[i] = next_uniform();
        CHECK(cudaMemcpy(dx, hx.data(), n * sizeof(float), cudaMemcpyHostToDevice));
        CHECK(cudaMemset(dy, 0xff, ROWS * sizeof(float)));  // NaN: an output the kernel does not write shows
        row_norms(dx, dy, ROWS, COLS, 0);
        CHECK(cudaGetLastError());
        CHECK(cudaDeviceSynchronize());
        CHECK(cudaMemcpy(hy.data(), dy, ROWS * sizeof(float), cudaMemcpyDeviceToHost));
        CHECK(cudaMemcpy(hx_after.data(), dx, n * sizeof(float), cudaMemcpyDeviceToHost));
        double max_abs = 0, max_rel = 0;
        std::string message;
        for (int r = 0; r < ROWS; r++) {
            double acc = 0;
            for (int c = 0; c < COLS; c++) acc += (double)hx[(size_t)r * COLS + c] * hx[(size_t)r * COLS + c];
            double expect = std::sqrt(acc), got = hy[r];
            double err = std::fabs(got - expect);
            if (!(err <= tolerance + tolerance * std::fabs(expect))) {
                if (ok) message = "row " + std::to_string(r) + ": expected " + std::to_string(expect) + ", got " + std::to_string(got);
                ok = false;
            }
            if (std::isnan(got)) err = INFINITY;
            max_abs = std::fmax(max_abs, err);
            max_rel = std::fmax(max_rel, err / std::fmax(std::fabs(expect), 1e-12));
        }
        bool unmodified = std::memcmp(hx.data(), hx_after.data(), n * sizeof(float)) == 0;
        if (!unmodified) { ok = false; message = "the kernel modified its input"; }
        char buf[512];
        std::snprintf(buf, sizeof buf, "%s{\"trial\": %d, \"ok\": %s, \"max_abs_err\": %s, \"max_rel_err\": %s, \"tolerance\": %g, "
                      "\"inputs_unmodified\": %s, \"message\": \"%s\"}", t ? ", " : "", t, ok ? "true" : "false",
                      std::isfinite(max_abs) ? std::to_string(max_abs).c_str() : "\"inf\"",
                      std::isfinite(max_rel) ? std::to_string(max_rel).c_str() : "\"inf\"", tolerance,
                      unmodified ? "true" : "false", json_escape(message).c_str());
        trial_json += buf;
    }
    if (!ok) return report("incorrect", trial_json, "", "");
    cudaEvent_t start, end;
    CHECK(cudaEventCreate(&start));
    CHECK(cudaEventCreate(&end));
    std::string times;
    for (int i = 0; i < warmups + timed; i++) {
        CHECK(cudaMemset(flush, i & 0xff, flush_bytes));
        CHECK(cudaDeviceSynchronize());
        CHECK(cudaEventRecord(start, 0));
        row_norms(dx, dy, ROWS, COLS, 0);
        CHECK(cudaDeviceSynchronize());  // every stream: work hidden on another stream is counted
        CHECK(cudaEventRecord(end, 0));
        CHECK(cudaEventSynchronize(end));
        float ms = 0;
        CHECK(cudaEventElapsedTime(&ms, start, end));
        if (i >= warmups) times += (times.empty() ? "" : ", ") + std::to_string(ms);
    }
    return report("ok", trial_json, ", \"timing\": {\"candidate_ms\": [" + times + "]}", "");
}
