package ru.nastavnik.program;

/**
 * Published, synchronously and inside the start's transaction, when a program's process has
 * started and the program is registered. A listener that throws refuses the start. The annual
 * roadmap starts on it.
 *
 * @param programId the registered program
 */
public record ProgramStartedEvent(Long programId) {
}
