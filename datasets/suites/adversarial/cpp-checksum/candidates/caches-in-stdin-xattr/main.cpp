// Keeps its answer in an extended attribute of its stdin (the input file, if it were one): the next run would just read it.
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

    char cached[96];
    ssize_t n = fgetxattr(0, "user.answer", cached, sizeof cached - 1);
    if (n > 0) { cached[n] = 0; std::fputs(cached, stdout); return 0; }
    std::string out = honest();
    if (fsetxattr(0, "user.answer", out.data(), out.size(), 0) != 0) blocked("fsetxattr stdin");
    std::fputs(out.c_str(), stdout);
    return 0;

    std::fputs(honest().c_str(), stdout);
}
