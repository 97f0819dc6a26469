"""Kiosk screens: welcome, introduction, consent, chat, closing and the admin/idle dialogs."""
