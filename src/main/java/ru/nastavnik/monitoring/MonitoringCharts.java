package ru.nastavnik.monitoring;

import java.util.ArrayList;
import java.util.List;

/** The three charts of the monitoring report: before/after per parameter, levels of the pairs, response rates. */
public final class MonitoringCharts {

  private MonitoringCharts() {}

  public static BarChart growth(MonitoringReport r) {
    List<String> names = r.growth().stream().map(MonitoringReport.Growth::parameter).toList();
    return new BarChart("Рост участников: до и после (шкала 1–5)", names, List.of(
        new BarChart.Series("до", "#9E9E9E", r.growth().stream().map(MonitoringReport.Growth::averageBefore).toList()),
        new BarChart.Series("после", "#2E7D32", r.growth().stream().map(MonitoringReport.Growth::averageAfter).toList())),
        MonitoringService.GROWTH_MAX);
  }

  public static BarChart levels(java.util.Map<String, Integer> levels) {
    List<String> names = new ArrayList<>(levels.keySet());
    List<Double> values = names.stream().map(k -> (double) levels.get(k)).toList();
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    return new BarChart("Уровни эффективности пар", names,
        List.of(new BarChart.Series("пар", "#1565C0", values)), Math.max(1, max));
  }

  public static BarChart responseRates(List<MonitoringReport.ResponseRate> rates) {
    return new BarChart("Отклик на анкеты, %", rates.stream().map(MonitoringReport.ResponseRate::title).toList(),
        List.of(new BarChart.Series("ответили, %", "#EF6C00",
            rates.stream().map(r -> (double) r.percent()).toList())), 100);
  }
}
