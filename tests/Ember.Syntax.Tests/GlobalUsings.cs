global using Ember.TestSupport;
