package ru.nastavnik.bases;

/** New mentors entered the program's mentor base (the director's appointment order). */
public record MentorsAppointedEvent(Long programId, int appointed) {}
