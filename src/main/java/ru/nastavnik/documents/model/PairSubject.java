package ru.nastavnik.documents.model;

import java.util.List;
import java.util.stream.Collectors;
import ru.nastavnik.documents.DocumentDataException;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.staff.StaffMember;

/** Helpers for documents about one pair or group. */
final class PairSubject {

  private PairSubject() {}

  static MentoringPair require(ModelContext ctx) {
    if (ctx.pair() == null) {
      throw new DocumentDataException("Для документа «" + ctx.kind().title() + "» не указана наставническая пара.");
    }
    return ctx.pair();
  }

  static String menteeNames(MentoringPair pair) {
    List<StaffMember> m = pair.getMentees();
    return m.stream().map(StaffMember::fullName).collect(Collectors.joining(", "));
  }
}
