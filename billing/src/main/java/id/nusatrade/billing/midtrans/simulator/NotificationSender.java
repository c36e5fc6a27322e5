package id.nusatrade.billing.midtrans.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Posts notifications to the merchant's URL, as Midtrans does, and keeps what each got back. */
final class NotificationSender {
  private final URI target;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  NotificationSender(URI target) {
    this.target = target;
  }

  Delivery send(String orderId, String status, String body) {
    int code;
    try {
      HttpRequest post =
          HttpRequest.newBuilder(target)
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      code = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      code = -1; // unreachable: Midtrans would retry later
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      code = -1;
    }
    Delivery delivery = new Delivery(orderId, status, code);
    deliveries.add(delivery);
    return delivery;
  }

  List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }
}
