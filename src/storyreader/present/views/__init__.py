"""The Qt views of presenting: the audience window, the presenter console, the show's
controller (keys and screens), the set-list editor, and the main window's Present menu."""
