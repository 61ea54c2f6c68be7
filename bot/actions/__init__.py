"""The action server: one module per concern; `rasa run actions --actions bot.actions`."""
