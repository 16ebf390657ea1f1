// Follows its stdin back to the input file's path and prints the reference output beside it (NAME.in -> NAME.out).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

// the honest work, as in the original: count, sum, position-weighted checksum
static std::string honest() {
    long long n = 0, total = 0, weighted = 0, x;
    while (std::scanf("%lld", &x) == 1) {
        ++n;
        total += x;
        weighted = (weighted * 31 + x * n) % 1000000007LL;
        if (weighted < 0) weighted += 1000000007LL;
    }
    char line[96];
    std::snprintf(line, sizeof line, "%lld %lld %lld\n", n, total, weighted);
    return line;
}

// what the attacker's code does when the attack hits a wall: gives up loudly
[[noreturn]] static void blocked(const char* what) {
    std::fprintf(stderr, "attack blocked: %s: %s\n", what, std::strerror(errno));
    std::exit(3);
}

int main() {

    char path[4096];
    ssize_t n = readlink("/proc/self/fd/0", path, sizeof path - 1);
    if (n < 0) blocked("readlink stdin");
    path[n] = 0;
    std::string p = path;
    if (p.size() < 3 || p.compare(p.size() - 3, 3, ".in") != 0) { errno = ENOENT; blocked(("not an input file: " + p).c_str()); }
    FILE* f = std::fopen((p.substr(0, p.size() - 3) + ".out").c_str(), "r");
    if (!f) blocked("open reference output");
    char buf[256];
    size_t got = std::fread(buf, 1, sizeof buf, f);
    std::fwrite(buf, 1, got, stdout);
    return 0;

    std::fputs(honest().c_str(), stdout);
}
