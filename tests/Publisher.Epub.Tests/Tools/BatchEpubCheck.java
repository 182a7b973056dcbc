// Validates many EPUBs in one JVM (the JVM start is most of epubcheck's time).
// Run: java -cp /usr/bin/epubcheck BatchEpubCheck.java a.epub b.epub ...
public class BatchEpubCheck {
  public static void main(String[] args) {
    for (String file : args) {
      System.out.println("=== BEGIN " + file);
      System.out.flush();
      int code = new com.adobe.epubcheck.tool.EpubChecker().run(new String[] { file });
      System.out.flush();
      System.err.flush();
      System.out.println("=== END " + code + " " + file);
      System.out.flush();
    }
  }
}
