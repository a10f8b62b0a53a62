package io.skillgate.benchmark;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements that reach the DataSource, per statement text.
 * A JDBC batch counts each of its statements (the engine batches its flush by default), so the
 * figure does not depend on whether the driver batches.
 */
public class SqlCounter implements QueryExecutionListener {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern IN_LIST = Pattern.compile("\\(\\s*\\?(\\s*,\\s*\\?)+\\s*\\)");

  private final AtomicLong total = new AtomicLong();
  /** On only inside Work.measured: a benchmark's own lookups are not counted. */
  private volatile boolean counting;
  private final Map<String, AtomicLong> byStatement = new ConcurrentHashMap<>();
  /** Statement text → its counter: a map lookup per statement, the regular expressions only once per text. */
  private final Map<String, AtomicLong> counterOf = new ConcurrentHashMap<>();

  @Override
  public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

  @Override
  public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    if (!counting) {
      return;
    }
    // A prepared batch is one QueryInfo executed batchSize times.
    int times = execInfo.isBatch() && queryInfoList.size() == 1 ? Math.max(1, execInfo.getBatchSize()) : 1;
    for (QueryInfo q : queryInfoList) {
      total.addAndGet(times);
      counterOf.computeIfAbsent(q.getQuery(), sql -> byStatement.computeIfAbsent(normalise(sql), k -> new AtomicLong()))
          .addAndGet(times);
    }
  }

  void counting(boolean on) {
    counting = on;
  }

  public long total() {
    return total.get();
  }

  public void reset() {
    total.set(0);
    byStatement.values().forEach(n -> n.set(0));
  }

  /** The most frequent statements since the last reset, most frequent first. */
  public Map<String, Long> top(int n) {
    Map<String, Long> top = new LinkedHashMap<>();
    byStatement.entrySet().stream()
        .filter(e -> e.getValue().get() > 0)
        .sorted(Comparator.comparingLong((Map.Entry<String, AtomicLong> e) -> e.getValue().get()).reversed())
        .limit(n)
        .forEach(e -> top.put(e.getKey(), e.getValue().get()));
    return top;
  }

  static String normalise(String sql) {
    String s = IN_LIST.matcher(SPACES.matcher(sql).replaceAll(" ").trim()).replaceAll("(?,…)");
    return s.length() > 150 ? s.substring(0, 150) + "…" : s;
  }
}
