// Lucene's Arabic light stemmer (Larkey et al.), as Lucene's ArabicAnalyzer runs it: ArabicNormalizer, then
// ArabicStemmer, in place on a char buffer. Prints words/s (wall clock and this thread's CPU time), the best of
// five passes over the words given one a line, after two passes to warm up the JIT.
// Run by bench/speed.ts: java -cp lucene-analyzers-common.jar LuceneSpeed.java words.txt
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

public class LuceneSpeed {
  public static void main(String[] args) throws Exception {
    List<String> words = Files.readAllLines(Path.of(args[0]));
    ArabicNormalizer normalizer = new ArabicNormalizer();
    ArabicStemmer stemmer = new ArabicStemmer();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    char[] buffer = new char[1 << 16];
    long sink = 0;
    double wall = 0, cpu = 0;
    for (int pass = 0; pass < 7; pass++) {
      long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
      for (String word : words) {
        int n = Math.min(word.length(), buffer.length);
        word.getChars(0, n, buffer, 0);
        n = normalizer.normalize(buffer, n);
        sink += stemmer.stem(buffer, n);
      }
      double dt = (System.nanoTime() - t0) / 1e9, ct = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      if (pass >= 2) {
        wall = Math.max(wall, words.size() / dt);
        cpu = Math.max(cpu, words.size() / ct);
      }
    }
    System.out.printf("%.2fM | %.2fM%n", wall / 1e6, cpu / 1e6);
    if (sink == 42) System.out.println();
  }
}
