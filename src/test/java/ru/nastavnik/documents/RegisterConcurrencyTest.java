package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.documents.DemoSchool.Demo;

/**
 * Gapless, unique numbering when several threads (standing for job executor threads on several
 * nodes) generate orders of one school at once, and one document for twin requests with one key.
 */
@DocumentsTest
class RegisterConcurrencyTest {

  private static final int THREADS = 8;
  private static final int PER_THREAD = 25;

  @Autowired DocumentService documents;
  @Autowired DemoSchool demoSchool;

  @Test
  void eightThreadsTimesTwentyFiveOrdersGetNumbersOneToTwoHundred() throws Exception {
    Demo demo = demoSchool.create();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < PER_THREAD; i++) {
          numbers.add(documents.generate(GenerationRequest.of(DocumentKind.ORDER_CURATOR, demo.code(),
              demo.programId(), "t" + thread + "-" + i)).number());
        }
        return numbers;
      }));
    }
    start.countDown();
    List<String> all = new ArrayList<>();
    for (Future<List<String>> f : futures) {
      all.addAll(f.get());
    }
    pool.shutdown();

    List<String> expected = IntStream.rangeClosed(1, THREADS * PER_THREAD).mapToObj(n -> n + "-од").toList();
    assertThat(all).hasSize(THREADS * PER_THREAD).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(documents.register(demo.code(), 2025)).extracting(Document::getRegisterSeq)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, THREADS * PER_THREAD).boxed().toList());
  }

  @Test
  void twinRequestsWithOneKeyMakeOneDocument() throws Exception {
    Demo demo = demoSchool.create();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    Callable<GeneratedDocument> twin = () -> {
      start.await();
      return documents.generate(GenerationRequest.of(DocumentKind.ORDER_PAIRS, demo.code(), demo.programId(),
          "pi-7:Task_IssuePairsOrder:ORDER_PAIRS:0"));
    };
    List<Future<GeneratedDocument>> futures = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      futures.add(pool.submit(twin));
    }
    start.countDown();
    Set<Long> ids = new HashSet<>();
    for (Future<GeneratedDocument> f : futures) {
      GeneratedDocument d = f.get();
      ids.add(d.id());
      assertThat(d.number()).isEqualTo("1-од");
    }
    pool.shutdown();
    assertThat(ids).hasSize(1);
    assertThat(documents.register(demo.code(), 2025)).hasSize(1);
  }
}
