# perfagent's profiling hook. With this folder on PYTHONPATH, every Python process is profiled with
# cProfile from start-up to exit and writes one line per function to
# $PERFAGENT_PROFILE_DIR/cprofile-<pid>.tsv: file, line, function, self and cumulative microseconds.
# A hook rather than `python -m cProfile` so that a task's own run command, or a script that starts
# several interpreters, is profiled as well. Names start with _ to stay out of the program's way.
import atexit as _atexit
import cProfile as _cProfile
import os as _os


def _perfagent_start():
    out_dir = _os.environ.get("PERFAGENT_PROFILE_DIR")
    if not out_dir:
        return
    cwd = _os.getcwd() + _os.sep
    profiler = _cProfile.Profile()

    def write():
        profiler.disable()
        profiler.create_stats()
        path = _os.path.join(out_dir, "cprofile-%d.tsv" % _os.getpid())
        with open(path, "w", encoding="utf-8", errors="replace") as f:
            for (file, line, name), (_cc, _nc, tt, ct, _callers) in profiler.stats.items():
                if file.startswith(cwd):
                    file = file[len(cwd):]
                clean = lambda s: s.replace("\t", " ").replace("\n", " ")
                f.write("%s\t%d\t%s\t%d\t%d\n" % (clean(file), line, clean(name), round(tt * 1e6), round(ct * 1e6)))

    _atexit.register(write)
    profiler.enable()


_perfagent_start()
del _perfagent_start
