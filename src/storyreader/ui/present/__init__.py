"""The Qt views of presenting: the main window's Present menu, the set-list editor, the show's
controller (keys and screens), the audience window and the presenter console."""
