package vn.giamngheo.monitoring.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportAttachment", requiredProperties = {"id", "fileName", "contentType", "sizeBytes", "sha256", "uploadedAt", "uploadedBy"})
public record AttachmentDto(UUID id, @Schema(examples = "bao-cao-6-thang.pdf") String fileName, @Schema(examples = "application/pdf") String contentType,
                            int sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
}
