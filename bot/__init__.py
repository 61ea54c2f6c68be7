"""The Rasa assistant: NLU components, channels, the action server and its tests."""
