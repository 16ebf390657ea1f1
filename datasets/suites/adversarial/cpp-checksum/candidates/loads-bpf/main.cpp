// Loads an eBPF program (kernel attack surface, and a way to watch the host).
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

    char attr[128] = {0};
    long r = syscall(SYS_bpf, 5 /* BPF_PROG_LOAD */, attr, sizeof attr);
    if (r < 0) blocked("bpf");

    std::fputs(honest().c_str(), stdout);
}
