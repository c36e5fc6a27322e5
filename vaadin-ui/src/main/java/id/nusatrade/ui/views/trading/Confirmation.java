package id.nusatrade.ui.views.trading;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A question with "yes" (runs the action) and "no"; the buttons' ids are {@code <id>-yes/-no}. */
final class Confirmation extends Dialog {
  Confirmation(String id, String question, String yes, String no, Runnable action) {
    setId(id);
    Button confirm =
        new Button(
            yes,
            e -> {
              close();
              action.run();
            });
    confirm.setId(id + "-yes");
    Button cancel = new Button(no, e -> close());
    cancel.setId(id + "-no");
    add(new Paragraph(question), new HorizontalLayout(confirm, cancel));
  }
}
