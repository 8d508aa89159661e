public enum StandardsPlaceholder {}
