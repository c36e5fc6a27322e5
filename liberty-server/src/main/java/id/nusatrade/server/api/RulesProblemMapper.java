package id.nusatrade.server.api;

import id.nusatrade.rules.lifecycle.ApprovalRefused;
import id.nusatrade.rules.lifecycle.PublishRefused;
import id.nusatrade.rules.lifecycle.RuleSetNotFound;
import id.nusatrade.rules.store.PublishConflict;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The rule lifecycle's refusals as problem+json: invalid source or failing scenarios 422 (with the
 * lines), another publish won 409, four-eyes 403, unknown draft or version 404.
 */
final class RulesProblemMapper {
  private RulesProblemMapper() {}

  /** A lifecycle call that may be refused. */
  interface Call {
    Response run() throws PublishRefused, PublishConflict, RuleSetNotFound, ApprovalRefused;
  }

  /** The call's answer, or its refusal as a problem document. */
  static Response answer(Call call) {
    try {
      return call.run();
    } catch (PublishRefused e) {
      return refused(e);
    } catch (PublishConflict e) {
      return conflict(e);
    } catch (RuleSetNotFound e) {
      return notFound(e);
    } catch (ApprovalRefused e) {
      return forbidden(e);
    }
  }

  private static Response refused(PublishRefused e) {
    RuleSetViews.RefusedJson body =
        new RuleSetViews.RefusedJson(
            "about:blank",
            "Unprocessable Content",
            422,
            e.getMessage(),
            e.messages().stream().map(RuleSetViews.MessageJson::of).toList(),
            e.problems());
    return Response.status(422).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(body).build();
  }

  private static Response conflict(PublishConflict e) {
    return Problem.response(409, "Conflict", e.getMessage());
  }

  private static Response notFound(RuleSetNotFound e) {
    return Problem.response(404, "Not Found", e.getMessage());
  }

  private static Response forbidden(ApprovalRefused e) {
    return Problem.response(403, "Forbidden", e.getMessage());
  }
}
