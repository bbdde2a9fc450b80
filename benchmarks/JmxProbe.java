import com.sun.tools.attach.VirtualMachine;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Samples a running Copydesk's heap and connection pool every second over JMX (local attach, nothing to configure
 * beyond spring.datasource.hikari.register-mbeans=true), and its resident set size from /proc, and prints the
 * peaks when stopped or after SECONDS.
 * Usage: java benchmarks/JmxProbe.java PID SECONDS
 */
public class JmxProbe {
    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        String address = vm.startLocalManagementAgent();
        vm.detach();
        long end = System.currentTimeMillis() + Long.parseLong(args[1]) * 1000;
        long peakHeap = 0, heapMax = 0, sumHeap = 0, samples = 0, peakRssKb = 0, sumRssKb = 0;
        int peakActive = 0, peakWaiting = 0, total = 0;
        try (var connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            ObjectName memory = new ObjectName("java.lang:type=Memory");
            ObjectName pools = new ObjectName("com.zaxxer.hikari:type=Pool (*");
            while (System.currentTimeMillis() < end) {
                var heap = MemoryUsage.from((CompositeData) server.getAttribute(memory, "HeapMemoryUsage"));
                peakHeap = Math.max(peakHeap, heap.getUsed());
                heapMax = heap.getMax();
                sumHeap += heap.getUsed();
                long rssKb = rssKb(args[0]);
                peakRssKb = Math.max(peakRssKb, rssKb);
                sumRssKb += rssKb;
                samples++;
                for (ObjectName pool : server.queryNames(pools, null)) {
                    peakActive = Math.max(peakActive, (Integer) server.getAttribute(pool, "ActiveConnections"));
                    peakWaiting =
                            Math.max(peakWaiting, (Integer) server.getAttribute(pool, "ThreadsAwaitingConnection"));
                    total = (Integer) server.getAttribute(pool, "TotalConnections");
                }
                Thread.sleep(1000);
            }
        }
        System.out.printf(
                "heap used: mean %d MB, peak %d MB of max %d MB; RSS: mean %d MB, peak %d MB; Hikari pool: peak"
                        + " active %d of %d, peak threads waiting for a connection %d (%d samples)%n",
                sumHeap / Math.max(1, samples) >> 20, peakHeap >> 20, heapMax >> 20,
                sumRssKb / Math.max(1, samples) >> 10, peakRssKb >> 10, peakActive, total, peakWaiting, samples);
    }

    /** The process's resident set size in KB (VmRSS), 0 where /proc has none. */
    private static long rssKb(String pid) throws Exception {
        Path status = Path.of("/proc", pid, "status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(0);
    }
}
