package dev.perfagent.sandbox.profile;

/** What a profile counts. */
public enum ProfileEvent {
    /** Where CPU time goes: samples of the running stacks, about one per millisecond of CPU. */
    CPU,
    /** Where memory is allocated: bytes per allocating stack (Java only: async-profiler's {@code event=alloc}). */
    ALLOCATION
}
