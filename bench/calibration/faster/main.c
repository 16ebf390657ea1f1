/*
 * Calibration fixture: a checksum over a pseudo-random walk, plus redundant work whose result is
 * discarded. faster/main.c is the same program without most of the redundant part, so the pair has a
 * known, modest true speedup (about 1.10x, confirmed by instruction counts in bench/calibrate.sh).
 */
#include <stdio.h>
#include <stdint.h>

static uint64_t walk(uint64_t n, uint64_t seed) {
    uint64_t x = seed, acc = 0;
    for (uint64_t i = 0; i < n; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        acc += (x % 1000003) ^ (acc >> 3);
    }
    return acc;
}

int main(void) {
    unsigned long long n;
    if (scanf("%llu", &n) != 1) return 1;
    volatile uint64_t sink = 0;
    (void) sink;
    printf("%llu\n", (unsigned long long) walk(n, 42));
    return 0;
}
