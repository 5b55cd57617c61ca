package ru.nastavnik.pairing.matching;

/**
 * One line of a pair's score breakdown, e.g. «Совпадение предмета: математика (+30)».
 *
 * @param criterion the criterion title in Russian
 * @param points points this criterion adds (may be zero or negative)
 * @param explanation why, in Russian
 */
public record Reason(String criterion, int points, String explanation) {

  @Override
  public String toString() {
    String sign = points > 0 ? "+" + points : String.valueOf(points);
    return criterion + ": " + explanation + " (" + sign + ")";
  }
}
