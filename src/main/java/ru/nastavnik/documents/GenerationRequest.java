package ru.nastavnik.documents;

/**
 * A request to generate one document.
 *
 * @param requestKey idempotency key: a second request with the same key (a retried job) returns the
 *     document of the first, with the same number
 * @param pairId the pair, for kinds about one pair ({@link DocumentKind.Subject#PAIR})
 * @param staffId the person, for kinds about one person ({@link DocumentKind.Subject#PERSON})
 */
public record GenerationRequest(DocumentKind kind, String schoolCode, Long programId, Long pairId, Long staffId,
    String requestKey, String processInstanceId, String requestedBy) {

  public GenerationRequest {
    if (kind == null || schoolCode == null || programId == null || requestKey == null || requestKey.isBlank()) {
      throw new IllegalArgumentException("kind, schoolCode, programId and requestKey are required");
    }
    if (requestKey.length() > 400) {
      throw new IllegalArgumentException("requestKey longer than 400 characters");
    }
  }

  public static GenerationRequest of(DocumentKind kind, String schoolCode, Long programId, String requestKey) {
    return new GenerationRequest(kind, schoolCode, programId, null, null, requestKey, null, null);
  }

  public GenerationRequest forPair(Long pair) {
    return new GenerationRequest(kind, schoolCode, programId, pair, staffId, requestKey, processInstanceId, requestedBy);
  }

  public GenerationRequest forPerson(Long staff) {
    return new GenerationRequest(kind, schoolCode, programId, pairId, staff, requestKey, processInstanceId, requestedBy);
  }

  public GenerationRequest by(String user, String processInstance) {
    return new GenerationRequest(kind, schoolCode, programId, pairId, staffId, requestKey, processInstance, user);
  }
}
