package org.copydesk.test_support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A small client for the REST API as an integration would call it: real HTTP against the running test server. */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, String contentType, String body, JsonNode json, HttpHeaders headers) {}

    public Response get(String path, String authorization) {
        return send(request(path, authorization).GET());
    }

    public Response put(String path, String authorization, String jsonBody) {
        return send(request(path, authorization)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public Response post(String path, String authorization, String contentType, byte[] body) {
        return send(request(path, authorization)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data upload with one part named {@code file}, as a browser form or curl -F sends it. */
    public Response postFile(String path, String authorization, String fileName, byte[] content) {
        String boundary = "copydesk-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return post(path, authorization, "multipart/form-data; boundary=" + boundary, body);
    }

    /** One part of a multipart/form-data upload. */
    public record Part(String name, String fileName, byte[] content) {}

    /** A multipart/form-data upload with several named file parts. */
    public Response postParts(String path, String authorization, java.util.List<Part> parts) {
        String boundary = "copydesk-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name()
                            + "\"; filename=\"" + part.fileName() + "\"\r\nContent-Type: text/plain\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, authorization, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    public Response delete(String path, String authorization) {
        return send(request(path, authorization).DELETE());
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private HttpRequest.Builder request(String path, String authorization) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode node = type.contains("json") && !response.body().isEmpty() ? json.readTree(response.body()) : null;
            return new Response(response.statusCode(), type, response.body(), node, response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
