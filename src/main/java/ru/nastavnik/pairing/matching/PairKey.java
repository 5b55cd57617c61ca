package ru.nastavnik.pairing.matching;

/** A mentee–mentor pair named by ids: a locked pair or a pair the curator removed. */
public record PairKey(long menteeId, long mentorId) {}
